/**
 * Simulated gate devices (issue 16): the park's and the enterprises' gates reporting people and
 * vehicles entering and leaving over a plausible working day, for the demo.
 */
package org.parkwatch.bridge.gates;
