/**
 * Cell builders shared by every CSV schema (one module per kind of cell, cells-*.ts, re-exported here).
 *
 * Every cell arrives as a string ('' when blank). Each builder is a *declared transform*:
 * it either turns the text into a typed value or reports one issue whose message says, in Chinese,
 * what is wrong and how to fix it (`params.fix`), with a short English line for developers
 * (`params.en`). Nothing else in the project normalises data.
 */
export * from './cells-core.ts';
export * from './cells-number.ts';
export * from './cells-text.ts';
export * from './cells-choice.ts';
export * from './cells-date.ts';
