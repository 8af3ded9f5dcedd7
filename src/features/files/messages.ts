import { defineMessages } from '../../i18n';

export const filesMessages = defineMessages({
  nl: {
    title: 'Bestanden en delen',
    intro:
      'Bewaar het model als bestand, open een bestand of deel het model als link. Er gaat nooit iets naar een server.',
    saveTitle: 'Opslaan als modelbestand',
    saveText: 'Een modelbestand dat u kunt mailen, archiveren of later weer openen, hier of in een andere browser.',
    save: 'Model opslaan als bestand',
    saveAs: 'Bestandsnaam: {name}',
    noModel: 'Open eerst een model om het op te slaan of te delen.',
    shareTitle: 'Delen als link',
    shareText:
      'De link bevat het hele model zelf, gecomprimeerd. Wie de link heeft, kan alle gegevens lezen. De gegevens staan achter het #-teken en worden niet naar een server gestuurd.',
    makeLink: 'Link maken',
    link: 'Link naar dit model',
    linkLength: 'De link is {length} tekens lang.',
    linkLong:
      'Let op: de link is langer dan {max} tekens. Sommige mailprogramma’s en chatdiensten knippen zulke links af. Stuur dan liever het modelbestand.',
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; selecteer de link en kopieer hem zelf.',
  },
  en: {
    title: 'Files and sharing',
    intro: 'Keep the model as a file, open a file or share the model as a link. Nothing is ever sent to a server.',
    saveTitle: 'Save as a model file',
    saveText: 'A model file to mail, archive or open again later, here or in another browser.',
    save: 'Save model as a file',
    saveAs: 'File name: {name}',
    noModel: 'Open a model first to save or share it.',
    shareTitle: 'Share as a link',
    shareText:
      'The link holds the whole model itself, compressed. Anyone with the link can read all of its data. The data sits after the # sign and is not sent to a server.',
    makeLink: 'Make link',
    link: 'Link to this model',
    linkLength: 'The link is {length} characters long.',
    linkLong:
      'Note: the link is longer than {max} characters. Some mail programs and chat services cut such links off. Send the model file instead.',
    copy: 'Copy link',
    copied: 'The link has been copied.',
    copyFailed: 'Copying did not work; select the link and copy it yourself.',
  },
});
