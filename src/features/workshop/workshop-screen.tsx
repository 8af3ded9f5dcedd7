/** Workshop mode: choose the sliders, then start the full-screen view. */
import { useEffect, useRef, useState } from 'react';
import { ScreenHeader } from '../../components';
import { useActiveModel } from '../../state';
import { useT } from '../../i18n';
import { ControlsEditor } from './controls-editor';
import { workshopMessages } from './messages';
import { WorkshopView } from './workshop-view';
import './workshop.css';

export function WorkshopScreen() {
  const t = useT(workshopMessages);
  const model = useActiveModel();
  const [isOpen, setIsOpen] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const hasOpened = useRef(false);
  // Back to the start button once the dialog has gone (while it is open, the page behind it is inert).
  useEffect(() => {
    if (!isOpen && hasOpened.current) startRef.current?.focus();
  }, [isOpen]);
  const open = () => {
    hasOpened.current = true;
    setIsOpen(true);
  };
  const hasControls = (model?.workshop?.controls.length ?? 0) > 0;
  return (
    <div className="screen workshop-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      {!hasControls && <p className="notice notice-info">{t('noControls')}</p>}
      <p>
        <button
          ref={startRef}
          type="button"
          className="button button-primary ws-start"
          onClick={open}
          disabled={!hasControls}
        >
          {t('start')}
        </button>
      </p>
      <ControlsEditor />
      {isOpen && <WorkshopView onClose={() => setIsOpen(false)} />}
    </div>
  );
}
