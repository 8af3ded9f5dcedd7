/** A modal question (native <dialog>: focus is trapped and Escape cancels). */
import { useId, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

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
  const ref = useModalDialog(p.isOpen);
  const titleId = useId();
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
