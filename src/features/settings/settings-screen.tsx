import { useEffect, useState } from 'react';
import { ScreenHeader, Section, SelectField } from '../../components';
import { useAppStore } from '../../state';
import { useLocale, useT } from '../../i18n';
import { settingsMessages } from './messages';
import { WipeSection } from './wipe-section';

export function SettingsScreen() {
  const t = useT(settingsMessages);
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  const kind = useAppStore((s) => s.storageKind);
  const count = useAppStore((s) => Object.keys(s.models).length);
  const [isPersisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);
  return (
    <div className="screen">
      <ScreenHeader title={t('title')} />
      <Section title={t('language')} description={t('languageText')}>
        <SelectField
          label={t('language')}
          value={locale}
          onChange={(v) => setLocale(v === 'en' ? 'en' : 'nl')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Section>
      <Section title={t('storage')}>
        <p>{t('storedIn', { where: t(kind ?? 'memory') })}</p>
        <p>{t('count', { count })}</p>
        {isPersisted !== null && <p>{isPersisted ? t('persisted') : t('notPersisted')}</p>}
        <p>{t('privacy')}</p>
      </Section>
      <WipeSection />
    </div>
  );
}
