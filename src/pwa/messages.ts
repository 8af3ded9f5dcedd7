import { defineMessages } from '../i18n';

export const pwaMessages = defineMessages({
  nl: {
    label: 'Nieuwe versie',
    waiting: 'Er is een nieuwe versie van Kantelpunt.',
    active: 'Een nieuwe versie van Kantelpunt is geïnstalleerd. Laad de pagina opnieuw om hem te gebruiken.',
    activating: 'De nieuwe versie wordt geladen…',
    unsaved: 'Nog niet alles is opgeslagen; bijwerken kan zodra alles is opgeslagen.',
    update: 'Nu bijwerken',
    reload: 'Opnieuw laden',
    later: 'Later',
  },
  en: {
    label: 'New version',
    waiting: 'A new version of Kantelpunt is available.',
    active: 'A new version of Kantelpunt is installed. Reload the page to use it.',
    activating: 'Loading the new version…',
    unsaved: 'Not everything is saved yet; you can update as soon as everything is saved.',
    update: 'Update now',
    reload: 'Reload',
    later: 'Later',
  },
});
