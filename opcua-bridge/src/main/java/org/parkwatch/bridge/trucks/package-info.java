/**
 * Simulated vehicle terminals (issue 16): trucks that speak JT/T 808-2019 to the park's TCP server
 * like the terminals fitted to real hazmat trucks, for the demo, the scenarios and the tests.
 */
package org.parkwatch.bridge.trucks;
