package id.go.jogjaprov.warta.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Archive records of realistic Indonesian releases, the same for the same size and seed: 15 years,
 * 40 units, 85/10/4/1 % Biasa/Terbatas/Rahasia/Sangat Rahasia, sentences in the office's own
 * register. The words the benchmark searches for are planted at known rates, so that each query
 * kind matches the share of records it is named for.
 */
public final class Corpus {

  /** About 19 % of records: a common word. */
  static final String COMMON = "masyarakat";

  static final double COMMON_RATE = 0.19;

  /** Each in about 2.5 % of records. */
  static final List<String> MEDIUM =
      List.of(
          "vaksinasi",
          "sekaten",
          "malioboro",
          "gumuk",
          "merapi",
          "wayang",
          "beasiswa",
          "stunting",
          "gamelan",
          "posyandu",
          "banjir",
          "kirab",
          "bantul",
          "tugu",
          "batik",
          "kraton",
          "prambanan",
          "sampah",
          "inflasi",
          "gotong");

  static final double MEDIUM_RATE = 0.025;

  /** A phrase in about 1 % of records; its words also stand apart elsewhere. */
  static final String PHRASE = "tanggap darurat";

  static final double PHRASE_RATE = 0.01;

  /** Each record names one padukuhan out of this many: rare words, some tens of records each. */
  static final int RARE_NAMES = 20_000;

  static final List<String> UNITS = units();

  private static final String[] SENTENCES = {
    "Kegiatan ini diikuti oleh perwakilan organisasi perangkat daerah se-DIY.",
    "Kepala dinas menyampaikan bahwa program tersebut akan dievaluasi setiap triwulan.",
    "Pemerintah Daerah DIY berkomitmen meningkatkan kualitas pelayanan publik.",
    "Para peserta dilatih menyusun laporan kegiatan secara tertib dan tepat waktu.",
    "Pelatihan berlangsung selama tiga hari di Gedung Unit 8 Komplek Kepatihan.",
    "Anggaran kegiatan bersumber dari Dana Keistimewaan tahun berjalan.",
    "Sosialisasi dilanjutkan dengan tanya jawab bersama narasumber dari kementerian.",
    "Hasil pemantauan akan disampaikan kepada Gubernur sebagai bahan pengambilan kebijakan.",
    "Warga diminta tetap waspada dan mengikuti arahan petugas di lapangan.",
    "Data yang dihimpun menunjukkan peningkatan dibandingkan tahun sebelumnya.",
    "Rapat koordinasi dipimpin oleh Sekretaris Daerah DIY di Gedung Pracimasana.",
    "Latihan gabungan melibatkan relawan, TNI, Polri dan petugas kesehatan.",
    "Informasi lebih lanjut dapat diperoleh melalui layanan pengaduan resmi pemerintah daerah.",
    "Penyerahan bantuan dilakukan secara simbolis kepada perwakilan penerima manfaat.",
    "Kerja sama ini diharapkan memperkuat perekonomian daerah dan membuka lapangan kerja.",
    "Evaluasi menyeluruh dilakukan bersama pemerintah kabupaten dan kota.",
    "Petugas siaga di posko selama dua puluh empat jam untuk menerima laporan.",
    "Kegiatan ditutup dengan penandatanganan nota kesepahaman antarlembaga.",
    "Pemantauan harga bahan pokok dilakukan di pasar-pasar tradisional.",
    "Pemerintah daerah menyiapkan langkah darurat apabila cuaca memburuk.",
    "Tim gabungan segera tanggap terhadap laporan yang masuk dari kapanewon.",
    "Generasi muda diajak melestarikan budaya dan menjaga nilai-nilai keistimewaan.",
    "Perizinan usaha kini dapat diajukan secara daring melalui portal resmi.",
    "Pendataan penerima dilakukan bersama pemerintah kalurahan setempat.",
  };

  private static final String[] TITLE_OPENINGS = {
    "Pemda DIY Gelar", "Dinas Luncurkan", "Gubernur Resmikan", "Sekda Pimpin", "Pemerintah Perkuat",
    "Rapat Koordinasi", "Sosialisasi", "Pelatihan", "Evaluasi", "Penyerahan Bantuan",
  };

  private static final String[] TITLE_SUBJECTS = {
    "Pelayanan Publik", "Ketahanan Pangan", "Pariwisata Berkelanjutan", "Kesiapsiagaan Bencana",
    "Digitalisasi Arsip", "Pendidikan Vokasi", "Kesehatan Ibu dan Anak", "Ekonomi Kreatif",
    "Transportasi Umum", "Pengelolaan Lingkungan", "Reformasi Birokrasi", "Keterbukaan Informasi",
  };

  private static final String[] SYLLABLES = {
    "ka", "ra", "ngan", "su", "mo", "wi", "jo", "sa", "ri", "to", "pa", "dang", "gu", "lo", "wa",
    "nu", "sem", "bi", "ta", "ge", "da", "kul", "ba", "ngu"
  };

  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
  private static final int DAYS = 15 * 365;

  private final int size;
  private final long seed;

  Corpus(int size, long seed) {
    this.size = size;
    this.seed = seed;
  }

  int size() {
    return size;
  }

  /** One archive record as stored, and what the benchmark's personas may read of it. */
  record Row(
      UUID id,
      String recordNumber,
      String type,
      String title,
      String lead,
      String body,
      int level,
      String unit,
      boolean publiclyReadable,
      Instant publishedAt) {}

  /** Record {@code n} (0-based): the same every time for the same corpus. */
  Row row(int n) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
    int level = level(random.nextInt(100));
    boolean open = level == 1 && random.nextInt(100) < 95;
    String unit = UNITS.get(random.nextInt(UNITS.size()));
    String place = "Padukuhan " + rareName(random.nextInt(RARE_NAMES));
    List<String> planted = new ArrayList<>();
    if (random.nextDouble() < COMMON_RATE) {
      planted.add("Partisipasi " + COMMON + " menjadi kunci keberhasilan program ini.");
    }
    for (String word : MEDIUM) {
      if (random.nextDouble() < MEDIUM_RATE) {
        planted.add("Kegiatan terkait " + word + " turut dibahas dalam pertemuan tersebut.");
      }
    }
    if (random.nextDouble() < PHRASE_RATE) {
      planted.add("Status " + PHRASE + " ditetapkan untuk wilayah terdampak.");
    }
    StringBuilder body = new StringBuilder();
    int sentences = 8 + random.nextInt(8);
    for (int i = 0; i < sentences; i++) {
      if (!planted.isEmpty() && random.nextInt(sentences - i) < planted.size()) {
        body.append(planted.remove(0)).append(' ');
      }
      body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
    }
    planted.forEach(sentence -> body.append(sentence).append(' '));
    body.append("Kegiatan berlangsung di ").append(place).append('.');
    String title =
        TITLE_OPENINGS[random.nextInt(TITLE_OPENINGS.length)]
            + " "
            + TITLE_SUBJECTS[random.nextInt(TITLE_SUBJECTS.length)]
            + " di "
            + place;
    Instant published =
        LAST_DAY
            .minusDays(random.nextInt(DAYS))
            .atTime(1 + random.nextInt(9), random.nextInt(60))
            .toInstant(ZoneOffset.UTC);
    return new Row(
        new UUID(seed, n),
        "BENCH-" + seed + "-" + n,
        random.nextInt(10) < 7 ? "PRESS_RELEASE" : random.nextBoolean() ? "NEWS" : "ANNOUNCEMENT",
        title,
        SENTENCES[random.nextInt(SENTENCES.length)],
        body.toString().trim(),
        level,
        unit,
        open,
        published);
  }

  private static int level(int percentile) {
    return percentile < 85 ? 1 : percentile < 95 ? 2 : percentile < 99 ? 3 : 4;
  }

  /** A made-up place name, the same for the same number. */
  static String rareName(int n) {
    Random random = new Random(n * 7919L + 17);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.append(n % 97);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The queries of each kind, as people type them. */
  public static Map<String, List<String>> queries() {
    List<String> rare = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      rare.add(rareName(n * 397 % RARE_NAMES));
    }
    List<String> twoWords = MEDIUM.stream().map(word -> word + " " + COMMON).toList();
    List<String> nothing = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      nothing.add("zqx" + n + "wv");
    }
    Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
    kinds.put("rare", rare);
    kinds.put("medium", MEDIUM);
    kinds.put("common", List.of(COMMON));
    kinds.put("two words", twoWords);
    kinds.put("phrase", List.of("\"" + PHRASE + "\""));
    kinds.put("no match", nothing);
    return kinds;
  }

  /** 40 units in the province's tree, the demo realm's own among them. */
  private static List<String> units() {
    List<String> units = new ArrayList<>();
    units.add("/Pemda DIY/Diskominfo DIY");
    units.add("/Pemda DIY/Diskominfo DIY/Bidang Humas");
    units.add("/Pemda DIY/Setda DIY/Biro Umum, Humas dan Protokol");
    units.add("/Pemda DIY/Dinas Pariwisata");
    units.add("/Pemda DIY/Dinas Kesehatan");
    units.add("/Pemda DIY/BPBD DIY");
    String[] agencies = {
      "Dinas Pendidikan",
      "Dinas Sosial",
      "Dinas Perhubungan",
      "Dinas Kebudayaan",
      "Dinas Pertanian",
      "Dinas Koperasi",
      "Dinas Lingkungan Hidup",
      "Bappeda",
      "BPKA",
      "Dinas Tenaga Kerja",
      "Dinas Perindustrian",
      "Dinas Kelautan"
    };
    String[] fields = {"Sekretariat", "Bidang Program", "Bidang Layanan"};
    for (String agency : agencies) {
      if (units.size() >= 40) {
        break;
      }
      units.add("/Pemda DIY/" + agency);
      for (String field : fields) {
        if (units.size() < 40) {
          units.add("/Pemda DIY/" + agency + "/" + field);
        }
      }
    }
    return List.copyOf(units);
  }
}
