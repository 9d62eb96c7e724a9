using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SekdaUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SekdaUnitId",
                table: "TravelSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TravelSettings_SekdaUnitId",
                table: "TravelSettings",
                column: "SekdaUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_TravelSettings_OrgUnits_SekdaUnitId",
                table: "TravelSettings",
                column: "SekdaUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TravelSettings_OrgUnits_SekdaUnitId",
                table: "TravelSettings");

            migrationBuilder.DropIndex(
                name: "IX_TravelSettings_SekdaUnitId",
                table: "TravelSettings");

            migrationBuilder.DropColumn(
                name: "SekdaUnitId",
                table: "TravelSettings");
        }
    }
}
