using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchKeyLowerCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Employee numbers with letters (non-ASN "NA-…") were stored in the search key as typed, so a search,
            // which is lower-cased, missed them. Names were lower-cased already; lower() only changes the numbers.
            migrationBuilder.Sql("""UPDATE "Employees" SET "SearchKey" = lower("SearchKey") WHERE "SearchKey" <> lower("SearchKey");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A lower-case key serves the earlier code as well: nothing to undo.
        }
    }
}
