/** The spreekuur's cards, one module per role or flow. */
export * from './common';
export * from './holidays';
export * from './host';
export * from './mentor';
export * from './notices';
