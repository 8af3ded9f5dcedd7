/** A modal question with several answers besides Cancel (native <dialog>: focus is trapped, Escape cancels). */
import { useId } from 'react';
import { useModalDialog } from '../../components';

type Props = {
  isOpen: boolean;
  title: string;
  text: string;
  choices: { label: string; onChoose: () => void }[];
  cancelLabel: string;
  onCancel: () => void;
};

export function ChoiceDialog(p: Props) {
  const ref = useModalDialog(p.isOpen);
  const titleId = useId();
  const textId = useId();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {p.title}
      </h2>
      <p id={textId}>{p.text}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={p.onCancel}>
          {p.cancelLabel}
        </button>
        {p.choices.map((c, i) => (
          <button
            key={c.label}
            type="button"
            className={i === 0 ? 'button button-primary' : 'button'}
            onClick={c.onChoose}
            autoFocus={i === 0}
          >
            {c.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
