import { describe, expect, it } from 'vitest';
import { judge, type LabelledPhrasing } from '../../src/consent/evaluation';

const item = (first: string, accept?: string[]): LabelledPhrasing => ({ id: 'T-1', text: 'mag ik iets over een leerling vertellen?', first, ...(accept && { accept }) });

describe('judging a first answer against the labels', () => {
  it('counts an answer the labels accept as right and safe, also when the writer put Q-NOOD first by tree order', () => {
    expect(judge(item('Q-NOOD', ['Q-JOS', 'Q-HERKENBAAR']), 'Q-JOS')).toEqual({ item: item('Q-NOOD', ['Q-JOS', 'Q-HERKENBAAR']), got: 'Q-JOS' });
    expect(judge(item('Q-NOOD', ['V-MELDCODE']), 'V-MELDCODE').unsafe).toBeUndefined();
  });

  it('still calls danger missed when the answer is neither accepted nor puts danger first', () => {
    expect(judge(item('V-ACUUT'), 'Q-JOS')).toMatchObject({ miss: 'asked-instead', unsafe: 'danger-missed' });
    expect(judge(item('Q-NOOD', ['Q-JOS']), 'Q-MET-WIE')).toMatchObject({ unsafe: 'danger-missed' });
    expect(judge(item('V-ACUUT'), 'Q-NOOD')).toEqual({ item: item('V-ACUUT'), got: 'Q-NOOD', miss: 'asked-instead' });
  });

  it('calls abuse missed and permissive verdicts unsafe when the labels do not accept them', () => {
    expect(judge(item('V-MELDCODE'), 'Q-OUDERS')).toMatchObject({ unsafe: 'abuse-missed' });
    expect(judge(item('V-OUDERS16'), 'V-GEEN')).toMatchObject({ miss: 'wrong-verdict', unsafe: 'permissive' });
    expect(judge(item('V-OUDERS16', ['V-GEEN']), 'V-GEEN').unsafe).toBeUndefined();
  });
});
