/**
 * The public open-day display (issue 7, scope item 8): a read-only view of the park for lobbies and
 * open days that shows that the park is watched without telling where the chlorine is.
 *
 * <p>Everything it publishes passes through one narrow, allow-listed record ({@link
 * org.parkwatch.backend.publicdisplay.PublicInputs}) built by {@link
 * org.parkwatch.backend.publicdisplay.PublicInputsSource} from live state and alarm counts, and a
 * park outline built once by {@link org.parkwatch.backend.publicdisplay.PublicParkMap}. {@link
 * org.parkwatch.backend.publicdisplay.PublicDisplayService} keeps the snapshots in a delay line and
 * serves only one that is at least {@code public.delaySeconds} old; the routes of {@link
 * org.parkwatch.backend.publicdisplay.PublicRoutes} see nothing but that service's {@link
 * org.parkwatch.backend.publicdisplay.PublicView}.
 */
package org.parkwatch.backend.publicdisplay;
