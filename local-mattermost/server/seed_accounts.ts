// The seeded accounts, in a module that imports nothing: the server seeds them, and the host page
// (which must not bundle the server's node:crypto), the demo, the e2e harness and the bench log in
// as them.
export const seedPassword = 'demo-password';
export const seedTeam = {name: 'plugin-community', display_name: 'Plugin Community'};

// teamAdmin: the user is an admin of the seeded team (team_admin, scheme_admin), which is what lets
// someone who is not a system admin delete others' posts, restore archived channels and add slash
// commands. dave-pm is the one such user who is not also a system admin.
export const seedUsers = [
    {username: 'admin', first_name: 'Ada', last_name: 'Admin', roles: 'system_admin system_user', teamAdmin: true},
    {username: 'alice', first_name: 'Alice', last_name: 'Anders', roles: 'system_user', teamAdmin: false},
    {username: 'bob', first_name: 'Bob', last_name: 'Brown', roles: 'system_user', teamAdmin: false},
    {username: 'carol-qa', first_name: 'Carol', last_name: 'Quinn', roles: 'system_user', teamAdmin: false},
    {username: 'dave-pm', first_name: 'Dave', last_name: 'Park', roles: 'system_user', teamAdmin: true},
    {username: 'erin-integrations', first_name: 'Erin', last_name: 'Ito', roles: 'system_user', teamAdmin: false},
    {username: 'frank-core', first_name: 'Frank', last_name: 'Cole', roles: 'system_user', teamAdmin: false},
    {username: 'grace-core', first_name: 'Grace', last_name: 'Chen', roles: 'system_user', teamAdmin: false},
] as const;

export type SeedUsername = (typeof seedUsers)[number]['username'];
