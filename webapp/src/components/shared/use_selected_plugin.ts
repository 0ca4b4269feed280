// The plugin the panel shows, from the plugin's Redux slice: the panel, the channel cards and the
// command's `open` all choose it through the host's store, so every view sees one choice.
import {useCallback} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {pluginSelected} from '../../state/actions';
import {selectSelectedPlugin} from '../../state/selectors';

export function useSelectedPlugin(): [string | null, (pluginId: string | null) => void] {
    const selected = useSelector(selectSelectedPlugin);
    const dispatch = useDispatch();
    const select = useCallback((pluginId: string | null) => {
        dispatch(pluginSelected(pluginId));
    }, [dispatch]);
    return [selected, select];
}
