import { defineMessages } from '../i18n/i18n';

export const componentMessages = defineMessages({
  nl: {
    openTitle: 'Modelbestand openen',
    openText:
      'Een modelbestand (.json) van Kantelpunt of een collega. Het wordt eerst gecontroleerd; een ongeldig bestand verandert niets.',
    chooseFile: 'Bestand kiezen…',
    dropHere: 'of sleep het bestand hierheen',
    opened: '“{title}” is geopend.',
    openErrors: '“{file}” is niet geopend: het bevat {count} fout(en). Het geopende model is ongewijzigd.',
  },
  en: {
    openTitle: 'Open a model file',
    openText:
      'A model file (.json) from Kantelpunt or a colleague. It is checked first; an invalid file changes nothing.',
    chooseFile: 'Choose file…',
    dropHere: 'or drop the file here',
    opened: '“{title}” has been opened.',
    openErrors: '“{file}” was not opened: it has {count} error(s). The open model is unchanged.',
  },
});
