/**
 * The demo park's hazmat trucks (issue 16): one file, {@code logistics/demo-fleet.json} of the park
 * folder, read by the backend (which provisions their terminals, documents and waybills) and by the
 * truck simulator (which drives them over JT/T 808).
 */
package org.parkwatch.model.logistics.demo;
