// Which plugin component renders a post, chosen as the webapp's PostMessageView chooses it
// (webapp/channels/src/components/post_view/post_message_view/post_message_view.tsx): the post's
// props.type when that is a string, else its type; and only a type a plugin registered itself
// (hasOwnProperty), so "constructor" or "__proto__" pick nothing. Any user can therefore make any
// post render with a plugin's post-type component by setting props.type.
import type {PostTypeComponent} from './store/plugin_types';

// A Post, or a post whose type @mattermost/types does not list (custom_ types).
export interface TypedPost {
    type: string;
    props?: Record<string, unknown> | undefined;
}

export function rendererTypeOf(post: TypedPost): string {
    const fromProps: unknown = post.props?.['type'];
    return typeof fromProps === 'string' ? fromProps : post.type;
}

export function registeredRenderer(postTypes: Record<string, PostTypeComponent>, post: TypedPost): PostTypeComponent | undefined {
    const type = rendererTypeOf(post);
    return Object.prototype.hasOwnProperty.call(postTypes, type) ? postTypes[type] : undefined;
}
