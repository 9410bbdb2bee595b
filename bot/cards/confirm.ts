/** The second step of a destructive click: what will happen, a clear yes and a way back. */
import { adaptiveCard, executeAction, heading, paragraph, type AdaptiveCardJson } from './kit';

interface ConfirmButton {
  title: string;
  verb: string;
  data?: Record<string, unknown>;
}

/** The yes button repeats the clicked verb with `confirmed: true`; the handler acts only then. */
export function confirmCard(question: string, consequence: string, yes: ConfirmButton, back: ConfirmButton): AdaptiveCardJson {
  return adaptiveCard(
    [heading(question), paragraph(consequence)],
    [
      executeAction(yes.title, yes.verb, { ...yes.data, confirmed: true }, { style: 'destructive' }),
      executeAction(back.title, back.verb, back.data ?? {}),
    ],
  );
}
