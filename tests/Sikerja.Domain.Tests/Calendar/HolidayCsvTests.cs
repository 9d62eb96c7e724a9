using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tests.Calendar;

public sealed class HolidayCsvTests
{
    [Fact]
    public void Rows_are_read_with_their_line_and_kinds_in_code_or_indonesian()
    {
        var reading = HolidayCsv.Read("""
            date,name,kind
            2025-08-17,Proklamasi Kemerdekaan,National
            2025-08-18,Cuti bersama HUT RI,cuti bersama

            2025-10-01,"Hari Jadi Kabupaten, ke-450",Libur daerah
            """);
        Assert.Empty(reading.Problems);
        Assert.Equal(
            [
                new HolidayRow(2, new DateOnly(2025, 8, 17), "Proklamasi Kemerdekaan", HolidayKind.National),
                new HolidayRow(3, new DateOnly(2025, 8, 18), "Cuti bersama HUT RI", HolidayKind.CollectiveLeave),
                new HolidayRow(5, new DateOnly(2025, 10, 1), "Hari Jadi Kabupaten, ke-450", HolidayKind.Regional),
            ],
            reading.Rows);
    }

    [Fact]
    public void Semicolons_bom_crlf_indonesian_headers_and_any_column_order_are_accepted()
    {
        var reading = HolidayCsv.Read("\uFEFFjenis;tanggal;nama\r\nCollectiveLeave;2026-03-20;Cuti bersama Idulfitri\r\n");
        Assert.Empty(reading.Problems);
        Assert.Equal(new HolidayRow(2, new DateOnly(2026, 3, 20), "Cuti bersama Idulfitri", HolidayKind.CollectiveLeave), Assert.Single(reading.Rows));
    }

    [Fact]
    public void Every_bad_row_is_reported_by_line()
    {
        var reading = HolidayCsv.Read("""
            date,name,kind
            17-08-2025,Proklamasi,National
            2025-02-30,Tanggal mustahil,National
            2025-05-01,,National
            2025-06-01,Hari Lahir Pancasila,Libur besar
            2025-12-25,Natal,National
            """);
        Assert.Equal(["baris 2", "baris 3", "baris 4", "baris 5"], reading.Problems.Select(p => p.Where));
        Assert.Contains("YYYY-MM-DD", reading.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("wajib", reading.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("'Libur besar' tidak dikenal", reading.Problems[3].Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 25), Assert.Single(reading.Rows).Date);
    }

    [Fact]
    public void A_file_without_the_header_row_says_which_columns_are_missing()
    {
        var reading = HolidayCsv.Read("2025-08-17,Proklamasi,National\n");
        var problem = Assert.Single(reading.Problems);
        Assert.Equal("baris 1", problem.Where);
        Assert.Contains("date, name, kind", problem.Message, StringComparison.Ordinal);
        Assert.Empty(reading.Rows);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_line()
    {
        var reading = HolidayCsv.Read("date,name,kind\n2025-08-17,\"Proklamasi,National\n2025-12-25,Natal,National\n");
        Assert.Contains(reading.Problems, p => p.Where == "baris 2" && p.Message.Contains("kutip", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_one_clear_problem()
    {
        Assert.Contains("kosong", Assert.Single(HolidayCsv.Read("  \n").Problems).Message, StringComparison.Ordinal);
    }
}
