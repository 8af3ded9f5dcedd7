import type { ReactNode } from 'react';

/** An error banner of a screen (an alert): its title and what went wrong, e.g. why the model cannot be evaluated. */
export function ErrorNotice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        {children}
      </div>
    </div>
  );
}
