// React.memo for the components a plugin hands the webapp, typed as what they wrap.
import React, {type ComponentType, type FunctionComponent} from 'react';

/**
 * The webapp renders a plugin's registered components again for reasons of its own (a channel
 * renders every post again when one arrives); memoised, they cost nothing when their props are the
 * same. React's types give the memoised component PropsWithRef<P>, which a generic P cannot be shown
 * to meet although these components take no ref: the cast says only that.
 */
export function memoComponent<P extends object>(component: FunctionComponent<P>): ComponentType<P> {
    return React.memo(component) as unknown as ComponentType<P>;
}
