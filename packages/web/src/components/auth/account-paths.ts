/** Addresses of the account screens, named once for the router, the menu and the tests. */
export const ACCOUNT_PATHS = {
  changePassword: '/account/password',
  apiTokens: '/account/api-tokens',
  users: '/users',
  auditLog: '/audit',
} as const;

/** Role names as the screens show them. */
export const ROLE_LABELS = { admin: 'Admin', planner: 'Planner', donor: 'Donor' } as const;
