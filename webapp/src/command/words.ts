// The command's words (i18n/command_*words.ts) with its own Markdown: one instance for every reply.
import {commandHelpWords} from '../i18n/command_help_words';
import {commandParseWords} from '../i18n/command_parse_words';
import {commandViewWords} from '../i18n/command_view_words';
import {commandWords} from '../i18n/command_words';
import {TRACKER_CHANNEL_NAME} from '../storage/port';

import {code} from './markdown';
import {TRIGGER} from './trigger';

export const words = commandWords({code, trigger: TRIGGER, channel: `~${TRACKER_CHANNEL_NAME}`});
export const parseWords = commandParseWords({code, trigger: TRIGGER});
export const viewWords = commandViewWords({code, trigger: TRIGGER});
export const helpWords = commandHelpWords({code, trigger: TRIGGER});
