/**
 * The closed park's hazardous-goods logistics (issue 16): vehicle terminals speaking JT/T 808-2019
 * over TCP, each an identity with its own authentication code that may report only for itself; the
 * live positions of the trucks inside and around the park, pushed to the one-map with their owners.
 */
package org.parkwatch.backend.logistics;
