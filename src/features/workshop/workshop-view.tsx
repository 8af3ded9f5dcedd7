/**
 * The full-screen workshop: a modal <dialog> over the whole window (the rest of the app is
 * inert, Escape closes it), controls on the left, the live outcomes on the right, and the
 * snapshots side by side below. Moving a control changes only the what-if layer.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SelectField } from '../../components';
import {
  keepInModel,
  removeSnapshot,
  renameSnapshot,
  resetWhatIf,
  setWhatIf,
  snapshotFigures,
  takeSnapshot,
  useWorkshop,
  type Snapshot,
} from '../../state';
import { numericInputs } from '../../model';
import { useLocale, useT } from '../../i18n';
import { workshopMessages } from './messages';
import { WorkshopControlView } from './workshop-control';
import { WorkshopChart, WorkshopFigures } from './workshop-results';
import { SnapshotStrip, WorkshopSnapshots } from './workshop-snapshots';

export function WorkshopView({ onClose }: { onClose: () => void }) {
  const t = useT(workshopMessages);
  const locale = useLocale();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const w = useWorkshop();
  const [focus, setFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const figures = useMemo(() => snapshotFigures(w.evaluation), [w.evaluation]);
  const inputs = useMemo(
    () => new Map((w.model ? numericInputs(w.model, locale) : []).map((i) => [i.path, i])),
    [w.model, locale],
  );
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    // Opening a modal dialog focuses its first control (the scenario choice); the room's first move is a slider.
    (d?.querySelector<HTMLElement>('.ws-slider') ?? d?.querySelector<HTMLElement>('.ws-big'))?.focus();
  }, []);
  if (!w.model || !w.modelId) return null;
  const { model, modelId } = w;
  const controls = (model.workshop?.controls ?? []).flatMap((control) => {
    const input = inputs.get(control.path);
    return input ? [{ control, input, label: control.label ?? input.title }] : [];
  });
  const others = model.scenarios.filter((s) => s.basedOn !== null);
  const focusId = others.some((s) => s.id === focus)
    ? (focus as string)
    : (others[others.length - 1]?.id ?? model.scenarios[0]?.id ?? '');
  const extrapolateTo = model.horizon.extrapolateTo ?? model.horizon.endYear;
  const snapshot = () => {
    const label = t('variant', { n: w.snapshots.length + 1 });
    if (takeSnapshot(modelId, model, label)) setAnnouncement(t('snapshotTaken', { label }));
  };
  // A visible confirmation (also read out): the room sees that the model changed.
  const keep = (label: string, values?: Snapshot['values']) => {
    keepInModel(modelId, label, values);
    setAnnouncement(t('keptText', { label }));
  };
  const keepSnapshot = (s: Snapshot) => keep(t('keepSnapshotLabel', { label: s.label }), s.values);
  const hasChanges = Object.keys(w.values).length > 0;
  return (
    <dialog
      ref={ref}
      className="workshop"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && ['z', 'y'].includes(e.key.toLowerCase())) e.stopPropagation();
      }}
    >
      <header className="ws-bar">
        <h1 id={titleId}>{t('viewTitle', { title: model.meta?.title ?? '' })}</h1>
        <SelectField
          className="ws-focus"
          label={t('focusScenario')}
          value={focusId}
          options={others.map((s) => ({ value: s.id, label: s.name }))}
          onChange={setFocus}
        />
        <div className="button-row">
          <button type="button" className="button button-primary ws-big" onClick={snapshot} disabled={!figures}>
            {t('snapshot')}
          </button>
          <button type="button" className="button ws-big" onClick={() => resetWhatIf(modelId)} disabled={!hasChanges}>
            {t('reset')}
          </button>
          <button type="button" className="button ws-big" onClick={() => keep(t('keepLabel'))} disabled={!hasChanges}>
            {t('keep')}
          </button>
          <button
            type="button"
            className="button ws-big"
            onClick={onClose}
            title={t('closeHint')}
            aria-keyshortcuts="Escape"
          >
            {t('close')}
          </button>
        </div>
      </header>
      <div className="ws-main">
        <section className="ws-controls" aria-label={t('assumptions')}>
          {controls.map(({ control, input, label }) => (
            <WorkshopControlView
              key={control.id}
              control={control}
              label={label}
              unit={input.unit}
              value={w.values[control.path] ?? input.value}
              modelValue={input.value}
              onChange={(v) => setWhatIf(modelId, control.path, v)}
            />
          ))}
        </section>
        <div className="ws-results">
          {figures ? (
            <>
              <WorkshopFigures figures={figures} focusId={focusId} extrapolateTo={extrapolateTo} />
              <WorkshopChart
                figures={figures}
                isComputedThrough={model.assumptions?.extrapolation === 'computeThrough'}
              />
              <SnapshotStrip snapshots={w.snapshots} focusId={focusId} extrapolateTo={extrapolateTo} />
            </>
          ) : (
            <p className="notice notice-error" role="alert">
              {t('errors')}
            </p>
          )}
        </div>
      </div>
      <section className="ws-snapshot-section" aria-labelledby={`${titleId}-snapshots`}>
        <h2 id={`${titleId}-snapshots`}>{t('snapshotsTitle')}</h2>
        {figures && (
          <WorkshopSnapshots
            snapshots={w.snapshots}
            now={figures}
            nowValues={w.values}
            controls={controls}
            focusId={focusId}
            extrapolateTo={extrapolateTo}
            onRemove={(id) => removeSnapshot(modelId, id)}
            onKeep={keepSnapshot}
            onRename={(id, label) => renameSnapshot(modelId, id, label)}
          />
        )}
      </section>
      <p role="status" className={announcement ? 'ws-status' : 'visually-hidden'}>
        {announcement}
      </p>
    </dialog>
  );
}
