/**
 * Security (issue 7): users and roles, login and sessions, the permission check in front of every
 * route of the route table and the WebSocket, tenant scoping by {@link
 * org.parkwatch.backend.security.Principal}, the hash-chained audit log and uplink credentials.
 */
package org.parkwatch.backend.security;
