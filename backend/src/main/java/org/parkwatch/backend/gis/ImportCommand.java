package org.parkwatch.backend.gis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.db.SystemSettings;

/**
 * {@code ImportCommand <layerId> <file.geojson> [--crs EPSG:xxxx] [--name-zh 名称] [--name-en name]}:
 * validates the file and replaces the layer's features in one transaction, or lists every problem
 * and writes nothing (exit code 2). The database comes from {@code db.url}/{@code data.dir} (system
 * properties or PARKWATCH_* environment variables).
 */
public final class ImportCommand {
    private ImportCommand() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 2) {
            System.err.println(
                    "usage: ImportCommand <layerId> <file.geojson> [--crs EPSG:xxxx] [--name-zh 名称] "
                            + "[--name-en name]");
            return 64;
        }
        String crs = null, nameZh = null, nameEn = null;
        for (int i = 2; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                System.err.println("option " + flag + " needs a value");
                return 64;
            }
            switch (flag) {
                case "--crs" -> crs = args[++i];
                case "--name-zh" -> nameZh = args[++i];
                case "--name-en" -> nameEn = args[++i];
                default -> {
                    System.err.println("unknown option " + flag);
                    return 64;
                }
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            System.err.println("cannot read " + args[1] + ": " + e.getMessage());
            return 66;
        }
        String dataDir = SystemSettings.get("data.dir");
        DatabaseOptions options =
                DatabaseOptions.from(
                        SystemSettings::get, Path.of(dataDir == null ? "data" : dataDir));
        try (Database db = Database.open(options)) {
            GisRepository gis = new GisRepository(db);
            LayerImporter.Result r =
                    new LayerImporter(db, gis, ImportLimits.DEFAULT, Clock.systemUTC())
                            .importGeoJson(args[0], nameZh, nameEn, bytes, crs);
            System.out.println(
                    "imported " + r.featureCount() + " features into layer " + r.layerId());
            return 0;
        } catch (ImportException e) {
            System.err.println("import refused, nothing written:");
            e.problems().forEach(p -> System.err.println("  " + p.zh() + " / " + p.en()));
            return 2;
        } catch (Exception e) {
            System.err.println("import failed: " + e.getMessage());
            return 1;
        }
    }
}
