import { createScreen, loadNameLists } from '../../src/privacy';

/** The identifying-details screen over the name lists shipped in knowledge/privacy, as the bot builds it by default. */
export const screen = createScreen(loadNameLists());
