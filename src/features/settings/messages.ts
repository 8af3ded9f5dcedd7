import { defineMessages } from '../../i18n';

export const settingsMessages = defineMessages({
  nl: {
    title: 'Instellingen',
    language: 'Taal van de app',
    languageText: 'Getallen volgen de taal: € 1.234.567 in het Nederlands, €1,234,567 in het Engels.',
    storage: 'Opslag',
    storedIn: 'Modellen worden bewaard in: {where}.',
    indexedDB: 'de database van deze browser (IndexedDB)',
    localStorage: 'de lokale opslag van deze browser (localStorage)',
    memory: 'nergens: deze browser staat opslaan niet toe',
    count: 'Aantal opgeslagen modellen: {count}.',
    persisted: 'De browser heeft toegezegd deze gegevens niet zelf op te ruimen.',
    notPersisted:
      'De browser kan deze gegevens opruimen als de schijf vol raakt. Sla belangrijke modellen ook op als bestand.',
    privacy: 'Kantelpunt stuurt niets naar een server: geen account, geen statistieken, geen externe lettertypen.',
    wipeTitle: 'Alle lokale gegevens wissen',
    wipeText:
      'Verwijdert uit deze browser alle modellen, instellingen en de offline kopie van Kantelpunt. Sla modellen die u wilt bewaren eerst op als bestand.',
    wipeButton: 'Alle lokale gegevens wissen…',
    wipeConfirmTitle: 'Alle lokale gegevens wissen?',
    wipeConfirmText:
      'Alle opgeslagen modellen en instellingen in deze browser gaan verloren; dit kan niet ongedaan worden gemaakt. Sluit eerst andere tabbladen met Kantelpunt.',
    wipeConfirm: 'Alles wissen',
    cancel: 'Annuleren',
    wipeDone: 'Alle lokale gegevens zijn gewist.',
    wipePartly: 'Niet alles kon worden gewist:',
    wipeAfter:
      'Dit tabblad bewaart niets meer. Sluit het, of begin opnieuw (daarvoor is de server of het bestand weer nodig).',
    wipeRestart: 'Opnieuw beginnen',
  },
  en: {
    title: 'Settings',
    language: 'Language of the app',
    languageText: 'Numbers follow the language: € 1.234.567 in Dutch, €1,234,567 in English.',
    storage: 'Storage',
    storedIn: 'Models are kept in: {where}.',
    indexedDB: 'this browser’s database (IndexedDB)',
    localStorage: 'this browser’s local storage (localStorage)',
    memory: 'nowhere: this browser does not allow storing data',
    count: 'Number of saved models: {count}.',
    persisted: 'The browser has agreed not to clear this data by itself.',
    notPersisted: 'The browser may clear this data when the disk runs full. Also save important models as files.',
    privacy: 'Kantelpunt sends nothing to a server: no account, no statistics, no external fonts.',
    wipeTitle: 'Wipe all local data',
    wipeText:
      'Removes all models, settings and the offline copy of Kantelpunt from this browser. Save models you want to keep as files first.',
    wipeButton: 'Wipe all local data…',
    wipeConfirmTitle: 'Wipe all local data?',
    wipeConfirmText:
      'All models and settings saved in this browser will be lost; this cannot be undone. Close other tabs with Kantelpunt first.',
    wipeConfirm: 'Wipe everything',
    cancel: 'Cancel',
    wipeDone: 'All local data has been wiped.',
    wipePartly: 'Not everything could be wiped:',
    wipeAfter: 'This tab keeps nothing any more. Close it, or start again (this needs the server or the file again).',
    wipeRestart: 'Start again',
  },
});
