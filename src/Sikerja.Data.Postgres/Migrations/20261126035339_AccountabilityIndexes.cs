using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountabilityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_EmployeeId_Status_WorkDate",
                table: "DailyReports",
                columns: new[] { "EmployeeId", "Status", "WorkDate" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "TenantId", "Late", "SubmittedAt", "ReviewedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailyReports_EmployeeId_Status_WorkDate",
                table: "DailyReports");
        }
    }
}
