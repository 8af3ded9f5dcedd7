/**
 * The "Model uit tabel" card of the start screen; its panel (the table reader, the template and
 * the preview, table-model.tsx) loads only when the card is opened, so the start screen stays
 * within the first-page load budget (docs/performance.md).
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n';
import { startMessages } from './messages';

const TableModelPanel = lazy(() => import('./table-model').then((m) => ({ default: m.TableModelPanel })));

export function TableModelCard() {
  const t = useT(startMessages);
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="card" style={isOpen ? { gridColumn: '1 / -1' } : undefined}>
      <h3>{t('tableTitle')}</h3>
      <p>{t('tableText')}</p>
      <button type="button" className="button" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        {isOpen ? t('tableClose') : t('tableOpen')}
      </button>
      {isOpen && (
        <Suspense fallback={<p role="status">{t('tableLoading')}</p>}>
          <TableModelPanel />
        </Suspense>
      )}
    </div>
  );
}
