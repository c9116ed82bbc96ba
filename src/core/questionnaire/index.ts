export * from './definition.ts';
export { FILL_RULES } from './definition-checks.ts';
export * from './answers.ts';
export * from './flow.ts';
export * from './validate.ts';
export * from './crisis.ts';
export * from './score.ts';
export * from './views.ts';
