/**
 * Charts created one per task (issue 19 item 5): creating a Chart.js chart measures its box and
 * draws every series, and a results screen creates three or four of them at once, which made one
 * main-thread task of up to 2 s for a 100-scenario model. Each chart is created when its turn
 * comes, one per task in the order they mounted, so the page stays responsive between them.
 * Where the page has no idle callbacks (the tests' DOMs) a chart is created at once, as before.
 */
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { Chart } from 'react-chartjs-2';

const isStaggered = (): boolean =>
  typeof requestIdleCallback === 'function' && typeof requestAnimationFrame === 'function';

const waiting: (() => void)[] = [];
let isBusy = false;

/** Gives the next waiting chart its turn in a task of its own. */
function next(): void {
  const turn = waiting.shift();
  if (!turn) {
    isBusy = false;
    return;
  }
  isBusy = true;
  setTimeout(turn, 0);
}

function enqueue(turn: () => void): () => void {
  waiting.push(turn);
  if (!isBusy) next();
  return () => {
    const i = waiting.indexOf(turn);
    if (i >= 0) waiting.splice(i, 1);
  };
}

export function StaggeredChart(props: ComponentProps<typeof Chart>) {
  const [isShown, setShown] = useState(() => !isStaggered());
  // 'given': this chart holds the turn and must pass it on, once created or when it goes away.
  const turn = useRef<'none' | 'given' | 'passed'>('none');
  const isMounted = useRef(true);
  const pass = () => {
    if (turn.current !== 'given') return;
    turn.current = 'passed';
    next();
  };
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      pass();
    };
  }, []);
  useEffect(() => {
    if (isShown) return;
    return enqueue(() => {
      turn.current = 'given';
      if (isMounted.current) setShown(true);
      else pass();
    });
  }, [isShown]);
  // After the chart is created (its own effect runs before this one), the next one may go.
  useEffect(() => {
    if (isShown && turn.current === 'given') requestAnimationFrame(pass);
  }, [isShown]);
  return isShown ? <Chart {...props} /> : null;
}
