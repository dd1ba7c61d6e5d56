import type { MetadataRoute } from "next";

/** The web-app manifest, so the site can sit on a phone's home screen with its own icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Si opp",
    short_name: "Si opp",
    description:
      "Cancel a Norwegian phone subscription or SIM card, and see it through. English and 中文.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0369a1",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
