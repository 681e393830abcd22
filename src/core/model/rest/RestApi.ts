/** A REST API (API Gateway v1), modelled the way AWS models it. Extended by the API-model work. */
export interface RestApi {
  /** AWS-style 10-character id, used in the invoke URL. */
  id: string
  name: string
  description?: string
}
