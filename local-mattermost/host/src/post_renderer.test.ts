import {registeredRenderer, rendererTypeOf, type TypedPost} from './post_renderer';
import type {PostTypeComponent} from './store/plugin_types';

const post = (type: string, props: Record<string, unknown>): TypedPost => ({type, props});

const card: PostTypeComponent = {id: 'c1', pluginId: 'plugin-onboard', type: 'custom_plugin_onboard', component: 'div'};
const postTypes: Record<string, PostTypeComponent> = {custom_plugin_onboard: card};

describe('the renderer of a post', () => {
    test('is props.type when that is a string, whatever post.type says', () => {
        expect(rendererTypeOf(post('', {type: 'custom_plugin_onboard'}))).toBe('custom_plugin_onboard');
        expect(registeredRenderer(postTypes, post('', {type: 'custom_plugin_onboard'}))).toBe(card);
        expect(registeredRenderer(postTypes, post('custom_other', {type: 'custom_plugin_onboard'}))).toBe(card);
        expect(registeredRenderer(postTypes, post('custom_plugin_onboard', {type: 'custom_other'}))).toBeUndefined();
    });

    test('is post.type when props.type is missing or not a string', () => {
        expect(registeredRenderer(postTypes, post('custom_plugin_onboard', {}))).toBe(card);
        expect(registeredRenderer(postTypes, post('custom_plugin_onboard', {type: 7}))).toBe(card);
        expect(rendererTypeOf(post('custom_x', {type: null}))).toBe('custom_x');
    });

    test('is only a type a plugin registered', () => {
        expect(registeredRenderer(postTypes, post('', {type: 'constructor'}))).toBeUndefined();
        expect(registeredRenderer(postTypes, post('__proto__', {}))).toBeUndefined();
    });
});
