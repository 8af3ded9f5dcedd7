import { useId, type ReactNode } from 'react';

/** A titled part of a screen, as a labelled region so it shows up in landmark navigation. */
export function Section({
  title,
  children,
  actions,
  description,
  className,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  description?: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`section ${className ?? ''}`} aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {description && <p className="section-description">{description}</p>}
      {children}
    </section>
  );
}

/** The heading of a screen; screens are focused on navigation, so it is what a screen reader reads first. */
export function ScreenHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="screen-header">
      <h1>{title}</h1>
      {children && <div className="screen-intro">{children}</div>}
    </div>
  );
}
