"""Geometry helpers for the demo-park generator: local metres -> RFC 7946 lon/lat GeoJSON.

Local frame: x metres east, y metres north of the park centre. The park is small (3 km x 2 km), so an
equirectangular projection around the centre is accurate to well under a metre.
"""
import math

CENTRE_LON = 113.95
CENTRE_LAT = 35.25
# Metres per degree at 35.25 N on WGS 84 (standard series expansion of the meridian and parallel arc lengths).
M_PER_DEG_LAT = 111132.92 - 559.82 * math.cos(2 * math.radians(CENTRE_LAT)) \
    + 1.175 * math.cos(4 * math.radians(CENTRE_LAT))
M_PER_DEG_LON = 111412.84 * math.cos(math.radians(CENTRE_LAT)) \
    - 93.5 * math.cos(3 * math.radians(CENTRE_LAT)) + 0.118 * math.cos(5 * math.radians(CENTRE_LAT))


def lonlat(x, y):
    """Local metres to [lon, lat] rounded to 1e-7 degrees (about 1 cm)."""
    return [round(CENTRE_LON + x / M_PER_DEG_LON, 7), round(CENTRE_LAT + y / M_PER_DEG_LAT, 7)]


def ring(points_xy):
    """Closed lon/lat ring from local points; makes the ring counter-clockwise (RFC 7946 exterior)."""
    pts = list(points_xy)
    if signed_area(pts) < 0:
        pts.reverse()
    coords = [lonlat(x, y) for x, y in pts]
    coords.append(coords[0])
    return coords


def signed_area(pts):
    a = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        a += x1 * y2 - x2 * y1
    return a / 2


def rect_pts(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def circle_pts(cx, cy, r, n=32):
    return [(cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)) for i in range(n)]


def blob_pts(cx, cy, rx, ry, n=11, seed=1):
    """An irregular, convex-ish outline (village built-up area) inside the ellipse rx x ry."""
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        k = 0.82 + 0.18 * math.sin(seed * 12.9898 + i * 78.233) ** 2
        pts.append((cx + rx * k * math.cos(a), cy + ry * k * math.sin(a)))
    return pts


def polygon(points_xy):
    return {"type": "Polygon", "coordinates": [ring(points_xy)]}


def point(x, y):
    return {"type": "Point", "coordinates": lonlat(x, y)}


def line(points_xy):
    return {"type": "LineString", "coordinates": [lonlat(x, y) for x, y in points_xy]}


def bearing_deg(x0, y0, x1, y1):
    """Compass bearing from (x0, y0) to (x1, y1): 0 = north, clockwise, in [0, 360)."""
    return round(math.degrees(math.atan2(x1 - x0, y1 - y0)) % 360.0, 1)


def feature(fid, geometry, props):
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": props}
