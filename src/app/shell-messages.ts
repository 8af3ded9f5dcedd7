import { defineMessages } from '../i18n';

/** The shell's own words: the menu that holds the navigation on narrow screens. */
export const shellMessages = defineMessages({
  nl: {
    menu: 'Menu',
    closeMenu: 'Menu sluiten',
  },
  en: {
    menu: 'Menu',
    closeMenu: 'Close menu',
  },
});
