using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sikerja.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Schedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RosterRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangeCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterRevisions_RosterPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RosterPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RosterRevisions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduleFeeds_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScheduleFeeds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RosterRevisionChanges",
                columns: table => new
                {
                    RevisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BeforeMode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BeforeShiftMask = table.Column<int>(type: "integer", nullable: false),
                    BeforeReason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AfterMode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AfterShiftMask = table.Column<int>(type: "integer", nullable: false),
                    AfterReason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cause = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterRevisionChanges", x => new { x.RevisionId, x.EmployeeId, x.Date });
                    table.ForeignKey(
                        name: "FK_RosterRevisionChanges_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RosterRevisionChanges_RosterRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "RosterRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RosterRevisionChanges_EmployeeId_Date",
                table: "RosterRevisionChanges",
                columns: new[] { "EmployeeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterRevisions_PlanId_At",
                table: "RosterRevisions",
                columns: new[] { "PlanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterRevisions_TenantId",
                table: "RosterRevisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleFeeds_EmployeeId",
                table: "ScheduleFeeds",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleFeeds_TenantId_EmployeeId",
                table: "ScheduleFeeds",
                columns: new[] { "TenantId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleFeeds_TokenHash",
                table: "ScheduleFeeds",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RosterRevisionChanges");

            migrationBuilder.DropTable(
                name: "ScheduleFeeds");

            migrationBuilder.DropTable(
                name: "RosterRevisions");
        }
    }
}
