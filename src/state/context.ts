import { createContext } from '@lit/context';
import type { Store } from './store.ts';
import type { JourneyState } from './journey-state.ts';

/**
 * The journey's store, provided by `<waymark-journey>` to the elements inside it. Elements on
 * their own find no provider and keep their own state, so each still works alone on a page.
 */
export const journeyContext = createContext<Store<JourneyState>>(Symbol('waymark-journey'));
