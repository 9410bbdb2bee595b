/**
 * What teams-ai's sign-in modules take from botbuilder-dialogs, in the built bot (scripts/build.ts). The bot never
 * configures teams-ai's `authentication` (Teams names the user in every activity), yet teams-ai's Application loads
 * its sign-in modules, and they load botbuilder-dialogs with the number, date and choice recognizers behind its prompts:
 * 17 MB of live heap that every full collection has to mark (issue 15). A bot that does configure sign-in fails at
 * start with this message instead of half working.
 */
const LEFT_OUT = "teams-ai's sign-in is not built into JOS-assistent: scripts/build.ts leaves botbuilder-dialogs out of dist/main.js";

class LeftOut {
  constructor() {
    throw new Error(LEFT_OUT);
  }
}

export class Dialog extends LeftOut {}
export class DialogSet extends LeftOut {}
export class OAuthPrompt extends LeftOut {}
export class WaterfallDialog extends LeftOut {}
/** Read by teams-ai's sign-in code only after one of the classes above was made; botbuilder-dialogs' values. */
export const DialogTurnStatus = { empty: 'empty', waiting: 'waiting', complete: 'complete', cancelled: 'cancelled' } as const;
