export * from './fields.ts';
export * from './error-summary.ts';
export * from '../../platform/focus.ts';
export * from './navigation.ts';
export { formStyles } from './form.styles.ts';
