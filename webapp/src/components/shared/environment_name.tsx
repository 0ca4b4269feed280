// A server's name, such as community.mattermost.com, breaks only after its dots when it must wrap
// ("community.mattermost.co m" read as a typo in a narrow column).
import React from 'react';

export function EnvironmentName({name}: {name: string}): React.JSX.Element {
    const parts = name.split(/(?<=\.)/);
    return (
        <span className='po-env'>
            {parts.map((part, i) => (
                <React.Fragment key={i}>
                    {i > 0 && <wbr/>}
                    {part}
                </React.Fragment>
            ))}
        </span>
    );
}
