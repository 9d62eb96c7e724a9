using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccountRecordTenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "AspNetUserTokens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "AspNetUserLogins",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "AspNetUserClaims",
                type: "TEXT",
                nullable: true);

            // Rows made before this migration take the tenant of their account.
            foreach (var table in new[] { "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims" })
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"TenantId\" = (SELECT u.\"TenantId\" FROM \"AspNetUsers\" u WHERE u.\"Id\" = \"{table}\".\"UserId\")");
            }

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserTokens_TenantId",
                table: "AspNetUserTokens",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_TenantId",
                table: "AspNetUserLogins",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_TenantId",
                table: "AspNetUserClaims",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUserTokens_TenantId",
                table: "AspNetUserTokens");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserLogins_TenantId",
                table: "AspNetUserLogins");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUserClaims_TenantId",
                table: "AspNetUserClaims");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AspNetUserTokens");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AspNetUserLogins");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "AspNetUserClaims");
        }
    }
}
