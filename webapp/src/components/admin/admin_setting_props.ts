// What the System Console hands a plugin's custom setting (schema_admin_settings.tsx, buildCustomSetting).
// Its Save button first saves the config, then runs every registered save action and stays dirty if
// any returns an error. unRegisterSaveAction finds the action by identity, so register a stable function.
import type React from 'react';

export interface SaveActionResult {
    error?: {message: string};
}

export type SaveAction = () => Promise<SaveActionResult>;

export interface AdminCustomSettingProps {
    readonly id: string;
    readonly label: React.ReactNode;
    readonly helpText: React.ReactNode;
    readonly value: unknown;
    readonly disabled: boolean;
    readonly config: unknown;
    readonly license: unknown;
    readonly setByEnv: boolean;
    readonly onChange: (id: string, value: unknown) => void;
    readonly registerSaveAction: (action: SaveAction) => void;
    readonly unRegisterSaveAction: (action: SaveAction) => void;
    readonly setSaveNeeded: () => void;
    readonly cancelSubmit: () => void;
    readonly showConfirm: boolean;
}
