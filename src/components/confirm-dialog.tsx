/** A modal question (native <dialog>: focus is trapped and Escape cancels). */
import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  isOpen: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  isDanger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog(p: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (p.isOpen && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!p.isOpen && d.open) d.close();
  }, [p.isOpen]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {p.title}
      </h2>
      {p.children && <div className="dialog-body">{p.children}</div>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={p.onCancel} autoFocus>
          {p.cancelLabel}
        </button>
        <button
          type="button"
          className={p.isDanger ? 'button button-danger' : 'button button-primary'}
          onClick={p.onConfirm}
        >
          {p.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
