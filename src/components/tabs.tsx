/** Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel follows. */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem = { id: string; label: string };

type Props = { label: string; tabs: TabItem[]; current: string; onChange: (id: string) => void; children: ReactNode };

export function Tabs({ label, tabs, current, onChange, children }: Props) {
  const base = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === current),
  );
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? tabs.length - 1
          : delta
            ? (index + delta + tabs.length) % tabs.length
            : -1;
    if (to < 0) return;
    e.preventDefault();
    const tab = tabs[to];
    if (!tab) return;
    onChange(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const active = tabs[index];
  return (
    <div className="tabs-wrap">
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === active?.id}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === active?.id ? 0 : -1}
            className="tab"
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={active ? `${base}-tab-${active.id}` : undefined}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
