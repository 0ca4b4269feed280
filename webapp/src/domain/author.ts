/** Who wrote an event, as the server says: the post's user id, and whether they are a system admin. */
export interface Author {
    readonly userId: string;
    readonly isSystemAdmin: boolean;
}
