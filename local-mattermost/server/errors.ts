// Errors in Mattermost's AppError shape: {id, message, detailed_error, request_id, status_code}.
import type {ServerError} from '@mattermost/types/errors';

export type WireError = ServerError & {
    id: string;
    message: string;
    detailed_error: string;
    request_id: string;
    status_code: number;
};

export class AppError extends Error {
    constructor(
        readonly status: number,
        readonly id: string,
        message: string,
        readonly detailed = '',
    ) {
        super(message);
    }

    toWire(requestId: string): WireError {
        return {id: this.id, message: this.message, detailed_error: this.detailed, request_id: requestId, status_code: this.status};
    }
}

export const sessionExpired = (detail = ''): AppError =>
    new AppError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.', detail);

export const permissionError = (permission: string): AppError =>
    new AppError(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.', `missing permission: ${permission}`);

export const invalidParam = (name: string): AppError =>
    new AppError(400, 'api.context.invalid_param.app_error', `Invalid or missing ${name} parameter in request URL.`);

export const invalidBodyParam = (name: string): AppError =>
    new AppError(400, 'api.context.invalid_body_param.app_error', `Invalid or missing ${name} in request body.`);

export const notFound = (id: string, message: string): AppError => new AppError(404, id, message);
